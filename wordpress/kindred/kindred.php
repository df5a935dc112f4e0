<?php
/**
 * Plugin Name:       Kindred
 * Description:       A private self-check of emotional closeness in one relationship. Runs in the reader's browser; nothing is sent anywhere. Adds the [kindred] shortcode and the Kindred block.
 * Version:           __KINDRED_VERSION__
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       kindred
 *
 * Kindred's files are served from this plugin's own folder, so the widget
 * needs no other host and no CORS. Nothing is stored on the site: every
 * answer stays in the reader's browser. Deactivating or deleting the
 * plugin therefore removes nothing from readers' browsers, and there is no
 * option or table to remove from the site.
 */

defined( 'ABSPATH' ) || exit;

/** The options the element takes, each with its allowed values (null: checked below). */
function kindred_allowed_options() {
	return array(
		'context'   => array( 'romantic', 'friend', 'family', 'ask' ),
		'length'    => array( 'quick', 'full', 'ask' ),
		'theme'     => array( 'light', 'dark', 'auto' ),
		// Absent: the widget speaks the page's language (WordPress sets
		// <html lang>), else the reader's browser's, else English.
		'lang'        => array( 'en', 'es', 'de', 'ar' ),
		'namespace'   => null,
		// Present or not: the element then tells the page the five scores
		// (and nothing else) in a `kindred-complete` event.
		'emit-events' => array( 'true' ),
		// Your own page of support, linked from the gentle line shown when
		// trust or overall closeness is very low: https:// only.
		'support-url' => 'https',
	);
}

/**
 * The attributes for <kindred-check>: only known options with valid
 * values; anything else is dropped (the element then uses its default).
 *
 * @param array $atts Shortcode or block attributes.
 * @return array Attribute name => value, all safe to print with esc_attr.
 */
function kindred_clean_options( $atts ) {
	$clean = array();
	foreach ( kindred_allowed_options() as $name => $allowed ) {
		if ( ! isset( $atts[ $name ] ) || ! is_scalar( $atts[ $name ] ) ) {
			continue;
		}
		if ( 'https' === $allowed ) {
			// An address keeps its case; the widget checks it again.
			$url = trim( (string) $atts[ $name ] );
			if ( 1 === preg_match( '#^https://[a-z0-9][^\s"\'<>\\\\`\x00-\x1f\x7f]{0,491}$#i', $url ) ) {
				$clean[ $name ] = $url;
			}
			continue;
		}
		$value = strtolower( trim( (string) $atts[ $name ] ) );
		if ( null === $allowed ) {
			// A namespace: up to 32 letters, digits, - or _.
			if ( 1 === preg_match( '/^[a-z0-9_-]{1,32}$/', $value ) ) {
				$clean[ $name ] = $value;
			}
		} elseif ( in_array( $value, $allowed, true ) ) {
			$clean[ $name ] = $value;
		}
	}
	return $clean;
}

/**
 * The widget's markup: the module script (once per page) and the element,
 * with a line of text shown until Kindred starts.
 *
 * @param array $atts Raw attributes.
 * @return string HTML.
 */
function kindred_render( $atts ) {
	static $script_printed = false;
	$html = '';
	if ( ! $script_printed ) {
		$script_printed = true;
		$html          .= '<script type="module" src="' . esc_url( plugins_url( 'dist/kindred-embed.js', __FILE__ ) ) . '"></script>';
	}
	$html .= '<kindred-check';
	$atts = is_array( $atts ) ? $atts : array();
	// The block's attribute names cannot hold a "-".
	if ( isset( $atts['emitEvents'] ) && true === $atts['emitEvents'] ) {
		$atts['emit-events'] = 'true';
	}
	if ( isset( $atts['supportUrl'] ) ) {
		$atts['support-url'] = $atts['supportUrl'];
	}
	foreach ( kindred_clean_options( $atts ) as $name => $value ) {
		$html .= 'emit-events' === $name ? ' emit-events' : ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$html .= '>' . esc_html__( 'Kindred, a private check-in, appears here. If it does not, it could not load on this page.', 'kindred' ) . '</kindred-check>';
	return $html;
}

/** [kindred context="friend" length="quick" theme="auto" lang="en" namespace="blog" emit-events="true" support-url="https://example.org/help"] */
function kindred_shortcode( $atts ) {
	return kindred_render( shortcode_atts( array_fill_keys( array_keys( kindred_allowed_options() ), null ), $atts, 'kindred' ) );
}
add_shortcode( 'kindred', 'kindred_shortcode' );

/** The Kindred block: rendered on the server by the same function. */
function kindred_register_block() {
	wp_register_script(
		'kindred-block-editor',
		plugins_url( 'block.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		'__KINDRED_VERSION__',
		true
	);
	$attributes = array( 'emitEvents' => array( 'type' => 'boolean' ) );
	foreach ( array( 'context', 'length', 'theme', 'lang', 'namespace', 'supportUrl' ) as $name ) {
		$attributes[ $name ] = array( 'type' => 'string' );
	}
	register_block_type(
		'kindred/check',
		array(
			'api_version'     => 2,
			'editor_script'   => 'kindred-block-editor',
			'attributes'      => $attributes,
			'render_callback' => 'kindred_render',
		)
	);
}
add_action( 'init', 'kindred_register_block' );
