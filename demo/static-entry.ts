/** First script of the static demo build: the in-page LIS stand-in replaces the simulator server. */
import { installLisStandin } from './lis-standin.js';

installLisStandin();
