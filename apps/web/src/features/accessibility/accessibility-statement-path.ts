/** The accessibility statement's address: public, and linked from every page's footer (PSBAR 2018 reg 8). */
export const ACCESSIBILITY_STATEMENT_PATH = '/accessibility';
