export { AdminLoading as default } from '../admin-loading';
