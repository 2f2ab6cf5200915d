/** The Decap CMS app: configuration from /admin/config.yml, plus this project's previews and save hooks. */
import siteCss from '../styles/site.css?raw';
import { CMS } from './decap.ts';
import { keepEditorThroughReloads } from './dev-reload.ts';
import { registerEntryFormats } from './format.ts';
import { readPreviewData } from './preview-data.ts';
import { consultationPreview } from './previews/consultation.ts';
import { feedbackPreview, standardPreview, strategyPreview } from './previews/others.ts';
import { prepareForSave } from './save.ts';
import { DATE_WIDGET_NAME, DateControl, DatePreview } from './widgets/date.ts';
import previewCss from './previews/preview.css?raw';

keepEditorThroughReloads();
const previewData = readPreviewData();

registerEntryFormats(CMS);
CMS.registerWidget(DATE_WIDGET_NAME, DateControl, DatePreview);
CMS.registerPreviewStyle(siteCss, { raw: true });
CMS.registerPreviewStyle(previewCss, { raw: true });
CMS.registerPreviewTemplate('consultations', consultationPreview(previewData));
CMS.registerPreviewTemplate('feedback', feedbackPreview(previewData));
CMS.registerPreviewTemplate('strategies', strategyPreview(previewData));
CMS.registerPreviewTemplate('standards', standardPreview(previewData));
CMS.registerEventListener({ name: 'preSave', handler: ({ entry }) => prepareForSave(entry.get('data')) });
CMS.init();
