export {stsActions} from './actions.js';
export {sessionMayCall} from './session-rules.js';
