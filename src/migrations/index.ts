import * as migration_20261122_125528_initial from './20261122_125528_initial';

export const migrations = [
  {
    up: migration_20261122_125528_initial.up,
    down: migration_20261122_125528_initial.down,
    name: '20261122_125528_initial'
  },
];
