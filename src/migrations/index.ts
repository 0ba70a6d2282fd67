import * as migration_20261122_125528_initial from './20261122_125528_initial';
import * as migration_20261122_141047_import_runs_file_and_office from './20261122_141047_import_runs_file_and_office';
import * as migration_20261122_141800_import_run_rollback from './20261122_141800_import_run_rollback';
import * as migration_20261122_142215_import_jobs from './20261122_142215_import_jobs';
import * as migration_20261122_142925_corrected_imports from './20261122_142925_corrected_imports';
import * as migration_20261122_234842_revalidation_webhooks from './20261122_234842_revalidation_webhooks';
import * as migration_20261201_081500_article_search from './20261201_081500_article_search';
import * as migration_20261201_081646_admin_proofreading from './20261201_081646_admin_proofreading';
import * as migration_20261201_081834_site_api_slugs from './20261201_081834_site_api_slugs';
import * as migration_20261201_082213_access_control from './20261201_082213_access_control';
import * as migration_20261201_084500_article_body_storage from './20261201_084500_article_body_storage';
import * as migration_20261201_092948_photos_storage from './20261201_092948_photos_storage';
import * as migration_20261201_095611_schema_snapshot from './20261201_095611_schema_snapshot';
import * as migration_20261201_120000_article_search_windows from './20261201_120000_article_search_windows';
import * as migration_20261201_150000_source_lines_storage from './20261201_150000_source_lines_storage';
import * as migration_20261201_210821_paragraph_lines from './20261201_210821_paragraph_lines';

export const migrations = [
  {
    up: migration_20261122_125528_initial.up,
    down: migration_20261122_125528_initial.down,
    name: '20261122_125528_initial',
  },
  {
    up: migration_20261122_141047_import_runs_file_and_office.up,
    down: migration_20261122_141047_import_runs_file_and_office.down,
    name: '20261122_141047_import_runs_file_and_office',
  },
  {
    up: migration_20261122_141800_import_run_rollback.up,
    down: migration_20261122_141800_import_run_rollback.down,
    name: '20261122_141800_import_run_rollback',
  },
  {
    up: migration_20261122_142215_import_jobs.up,
    down: migration_20261122_142215_import_jobs.down,
    name: '20261122_142215_import_jobs',
  },
  {
    up: migration_20261122_142925_corrected_imports.up,
    down: migration_20261122_142925_corrected_imports.down,
    name: '20261122_142925_corrected_imports',
  },
  {
    up: migration_20261122_234842_revalidation_webhooks.up,
    down: migration_20261122_234842_revalidation_webhooks.down,
    name: '20261122_234842_revalidation_webhooks',
  },
  {
    up: migration_20261201_081500_article_search.up,
    down: migration_20261201_081500_article_search.down,
    name: '20261201_081500_article_search',
  },
  {
    up: migration_20261201_081646_admin_proofreading.up,
    down: migration_20261201_081646_admin_proofreading.down,
    name: '20261201_081646_admin_proofreading',
  },
  {
    up: migration_20261201_081834_site_api_slugs.up,
    down: migration_20261201_081834_site_api_slugs.down,
    name: '20261201_081834_site_api_slugs',
  },
  {
    up: migration_20261201_082213_access_control.up,
    down: migration_20261201_082213_access_control.down,
    name: '20261201_082213_access_control',
  },
  {
    up: migration_20261201_084500_article_body_storage.up,
    down: migration_20261201_084500_article_body_storage.down,
    name: '20261201_084500_article_body_storage',
  },
  {
    up: migration_20261201_092948_photos_storage.up,
    down: migration_20261201_092948_photos_storage.down,
    name: '20261201_092948_photos_storage',
  },
  {
    up: migration_20261201_095611_schema_snapshot.up,
    down: migration_20261201_095611_schema_snapshot.down,
    name: '20261201_095611_schema_snapshot',
  },
  {
    up: migration_20261201_120000_article_search_windows.up,
    down: migration_20261201_120000_article_search_windows.down,
    name: '20261201_120000_article_search_windows',
  },
  {
    up: migration_20261201_150000_source_lines_storage.up,
    down: migration_20261201_150000_source_lines_storage.down,
    name: '20261201_150000_source_lines_storage',
  },
  {
    up: migration_20261201_210821_paragraph_lines.up,
    down: migration_20261201_210821_paragraph_lines.down,
    name: '20261201_210821_paragraph_lines',
  },
];
