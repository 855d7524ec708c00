/** The tallest the element is made by its `height` (about five phone screens): shared by the element and the reservation. */
export const MAX_HEIGHT = '4000px';
