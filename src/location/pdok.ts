/** PDOK Locatieserver's documented address (v3.1): `suggest` and `lookup` are appended. Apart so the entry can name it. */
export const PDOK_LOCATIESERVER = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/';
