// fast-check for the property tests, with the suite's fixed seed (./same.ts, FC_SEED): CI runs the same cases every
// time, so a red run is a change of the code, not a draw; ACTES_FC_SEED=<n> explores other cases.
import fc from 'fast-check';
import { FC_SEED } from './same';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: FC_SEED });

export default fc;
