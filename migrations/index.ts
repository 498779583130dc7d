import * as migration_20261128_042257_initial from './20261128_042257_initial';
import * as migration_20261128_043523_redirects from './20261128_043523_redirects';
import * as migration_20261128_044041_scheduled_publishing from './20261128_044041_scheduled_publishing';
import * as migration_20261129_112010_role_search_fields from './20261129_112010_role_search_fields';
import * as migration_20261129_115200_saved_by from './20261129_115200_saved_by';

export const migrations = [
  {
    up: migration_20261128_042257_initial.up,
    down: migration_20261128_042257_initial.down,
    name: '20261128_042257_initial',
  },
  {
    up: migration_20261128_043523_redirects.up,
    down: migration_20261128_043523_redirects.down,
    name: '20261128_043523_redirects',
  },
  {
    up: migration_20261128_044041_scheduled_publishing.up,
    down: migration_20261128_044041_scheduled_publishing.down,
    name: '20261128_044041_scheduled_publishing',
  },
  {
    up: migration_20261129_112010_role_search_fields.up,
    down: migration_20261129_112010_role_search_fields.down,
    name: '20261129_112010_role_search_fields',
  },
  {
    up: migration_20261129_115200_saved_by.up,
    down: migration_20261129_115200_saved_by.down,
    name: '20261129_115200_saved_by'
  },
];
