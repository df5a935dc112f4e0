fn main() {
    kindred::ui::mount();
}
