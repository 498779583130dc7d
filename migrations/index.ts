import * as migration_20261128_041527_initial from './20261128_041527_initial';

export const migrations = [
  {
    up: migration_20261128_041527_initial.up,
    down: migration_20261128_041527_initial.down,
    name: '20261128_041527_initial'
  },
];
