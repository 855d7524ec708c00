/** The correction form, loaded on the first "Klopt er iets niet?" of a site that has a `correction-endpoint`. */
export { renderCorrectionForm } from './correction-form.js';
export { correctionStyles } from './correction-form.styles.js';
export { correctionRequest, draftErrors } from '../../model/correction.js';
export { correctionTexts } from './correction-texts.js';
export { sendCorrection } from './send-correction.js';
