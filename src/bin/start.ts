import { launchNext } from './launchNext'

Object.assign(process.env, { NODE_ENV: 'production' })
await launchNext('start')
