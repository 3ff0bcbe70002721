/** The catalogue pages' words (the case-work issue). */
export const catalogueUi = {};
