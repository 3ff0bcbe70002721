/** The cases pages' words (the case-work issue). */
export const casesUi = {};
