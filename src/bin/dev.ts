import { launchNext } from './launchNext'

await launchNext('dev')
