export { BoardLoading as default } from '../../board-loading';
