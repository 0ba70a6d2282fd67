import { launchNext } from './launchNext'

process.env.NODE_ENV = 'production'
await launchNext('start')
