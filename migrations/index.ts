import * as migration_20261128_042257_initial from './20261128_042257_initial';

export const migrations = [
  {
    up: migration_20261128_042257_initial.up,
    down: migration_20261128_042257_initial.down,
    name: '20261128_042257_initial'
  },
];
