/** The correction form, loaded on the first "Klopt er iets niet?" of a site that has a `correction-endpoint`. */
export { renderCorrectionForm } from '../components/correction-form/correction-form.js';
export { correctionStyles } from '../components/correction-form/correction-form.styles.js';
export { correctionRequest, draftErrors } from '../model/correction.js';
export { correctionTexts } from '../i18n/correction.js';
export { sendCorrection } from '../components/correction-form/send-correction.js';
