export { ViewTabs, VIEW_LABEL } from './ViewTabs';
export { ViewOutlet } from './ViewOutlet';
