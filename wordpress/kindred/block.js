// The Kindred block in the editor: the same options as the shortcode, chosen
// in the sidebar; the page shows the real widget (rendered by the server).
( function ( blocks, element, blockEditor, components, i18n ) {
	const el = element.createElement;
	const __ = i18n.__;
	const choices = {
		context: [ 'ask', 'romantic', 'friend', 'family' ],
		length: [ 'ask', 'quick', 'full' ],
		theme: [ 'auto', 'light', 'dark' ],
		// "auto" is dropped by the plugin: the widget then follows the
		// site's language.
		lang: [ 'auto', 'en', 'es', 'de', 'ar' ],
	};
	blocks.registerBlockType( 'kindred/check', {
		apiVersion: 2,
		title: 'Kindred',
		description: __( 'A private self-check of emotional closeness. Nothing is sent anywhere.', 'kindred' ),
		icon: 'heart',
		category: 'widgets',
		attributes: {
			context: { type: 'string' },
			length: { type: 'string' },
			theme: { type: 'string' },
			lang: { type: 'string' },
			namespace: { type: 'string' },
			emitEvents: { type: 'boolean' },
			supportUrl: { type: 'string' },
		},
		edit: function ( props ) {
			const controls = Object.keys( choices ).map( function ( name ) {
				return el( components.SelectControl, {
					key: name,
					label: name,
					value: props.attributes[ name ] || choices[ name ][ 0 ],
					options: choices[ name ].map( function ( value ) {
						return { label: value, value: value };
					} ),
					onChange: function ( value ) {
						const change = {};
						change[ name ] = value;
						props.setAttributes( change );
					},
				} );
			} );
			controls.push(
				el( components.TextControl, {
					key: 'namespace',
					label: 'namespace',
					value: props.attributes.namespace || '',
					onChange: function ( value ) {
						props.setAttributes( { namespace: value } );
					},
				} )
			);
			controls.push(
				el( components.TextControl, {
					key: 'supportUrl',
					label: 'support-url',
					help: __( 'Your own page of support (https:// only), linked when a reader\'s trust or closeness comes out very low.', 'kindred' ),
					value: props.attributes.supportUrl || '',
					onChange: function ( value ) {
						props.setAttributes( { supportUrl: value } );
					},
				} )
			);
			controls.push(
				el( components.ToggleControl, {
					key: 'emitEvents',
					label: 'emit-events',
					help: __( 'Tell this page the five scores when a check-in is finished (for your own scripts).', 'kindred' ),
					checked: !! props.attributes.emitEvents,
					onChange: function ( value ) {
						props.setAttributes( { emitEvents: value } );
					},
				} )
			);
			return el(
				'div',
				blockEditor.useBlockProps(),
				el( blockEditor.InspectorControls, null, el( components.PanelBody, { title: 'Kindred' }, controls ) ),
				el( 'p', null, __( 'Kindred: a private check-in appears here on the published page.', 'kindred' ) )
			);
		},
		save: function () {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n );
