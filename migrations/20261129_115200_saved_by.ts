import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Drizzle writes these foreign keys without their ON DELETE: added by hand, so deleting an account
// leaves the versions it saved, naming no one (as the tables created whole in the snapshot have it).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`roles\` ADD \`saved_by_id\` text(36) REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`roles_saved_by_idx\` ON \`roles\` (\`saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_roles_v\` ADD \`version_saved_by_id\` text(36) REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_version_saved_by_idx\` ON \`_roles_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`tools\` ADD \`saved_by_id\` text(36) REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`tools_saved_by_idx\` ON \`tools\` (\`saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_tools_v\` ADD \`version_saved_by_id\` text(36) REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_saved_by_idx\` ON \`_tools_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`decision_questions\` ADD \`saved_by_id\` text(36) REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`decision_questions_saved_by_idx\` ON \`decision_questions\` (\`saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_decision_questions_v\` ADD \`version_saved_by_id\` text(36) REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_decision_questions_v_version_version_saved_by_idx\` ON \`_decision_questions_v\` (\`version_saved_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_roles\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`toolkit_name\` text,
  	\`tagline\` text,
  	\`summary\` text,
  	\`primary_focus\` text,
  	\`key_responsibility\` text,
  	\`learn_more_tool_id\` text(36),
  	\`learn_more_label\` text,
  	\`alternatives_heading\` text,
  	\`alternatives_intro\` text,
  	\`table_self_label\` text DEFAULT 'Core role',
  	\`how_to_pick_intro\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`alternatives_meta_title\` text,
  	\`alternatives_meta_description\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`learn_more_tool_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_roles\`("id", "name", "toolkit_name", "tagline", "summary", "primary_focus", "key_responsibility", "learn_more_tool_id", "learn_more_label", "alternatives_heading", "alternatives_intro", "table_self_label", "how_to_pick_intro", "meta_title", "meta_description", "alternatives_meta_title", "alternatives_meta_description", "slug", "updated_at", "created_at", "_status") SELECT "id", "name", "toolkit_name", "tagline", "summary", "primary_focus", "key_responsibility", "learn_more_tool_id", "learn_more_label", "alternatives_heading", "alternatives_intro", "table_self_label", "how_to_pick_intro", "meta_title", "meta_description", "alternatives_meta_title", "alternatives_meta_description", "slug", "updated_at", "created_at", "_status" FROM \`roles\`;`)
  await db.run(sql`DROP TABLE \`roles\`;`)
  await db.run(sql`ALTER TABLE \`__new_roles\` RENAME TO \`roles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`roles_learn_more_learn_more_tool_idx\` ON \`roles\` (\`learn_more_tool_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`roles_slug_idx\` ON \`roles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`roles_updated_at_idx\` ON \`roles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`roles_created_at_idx\` ON \`roles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`roles__status_idx\` ON \`roles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__roles_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_toolkit_name\` text,
  	\`version_tagline\` text,
  	\`version_summary\` text,
  	\`version_primary_focus\` text,
  	\`version_key_responsibility\` text,
  	\`version_learn_more_tool_id\` text(36),
  	\`version_learn_more_label\` text,
  	\`version_alternatives_heading\` text,
  	\`version_alternatives_intro\` text,
  	\`version_table_self_label\` text DEFAULT 'Core role',
  	\`version_how_to_pick_intro\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_alternatives_meta_title\` text,
  	\`version_alternatives_meta_description\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_learn_more_tool_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__roles_v\`("id", "parent_id", "version_name", "version_toolkit_name", "version_tagline", "version_summary", "version_primary_focus", "version_key_responsibility", "version_learn_more_tool_id", "version_learn_more_label", "version_alternatives_heading", "version_alternatives_intro", "version_table_self_label", "version_how_to_pick_intro", "version_meta_title", "version_meta_description", "version_alternatives_meta_title", "version_alternatives_meta_description", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_name", "version_toolkit_name", "version_tagline", "version_summary", "version_primary_focus", "version_key_responsibility", "version_learn_more_tool_id", "version_learn_more_label", "version_alternatives_heading", "version_alternatives_intro", "version_table_self_label", "version_how_to_pick_intro", "version_meta_title", "version_meta_description", "version_alternatives_meta_title", "version_alternatives_meta_description", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_roles_v\`;`)
  await db.run(sql`DROP TABLE \`_roles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__roles_v\` RENAME TO \`_roles_v\`;`)
  await db.run(sql`CREATE INDEX \`_roles_v_parent_idx\` ON \`_roles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_learn_more_version_learn_more_tool_idx\` ON \`_roles_v\` (\`version_learn_more_tool_id\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_version_slug_idx\` ON \`_roles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_version_updated_at_idx\` ON \`_roles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_version_created_at_idx\` ON \`_roles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_version__status_idx\` ON \`_roles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_created_at_idx\` ON \`_roles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_updated_at_idx\` ON \`_roles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_latest_idx\` ON \`_roles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_autosave_idx\` ON \`_roles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_tools\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`url\` text,
  	\`category\` text,
  	\`description\` text,
  	\`logo_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_tools\`("id", "name", "slug", "url", "category", "description", "logo_id", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "url", "category", "description", "logo_id", "updated_at", "created_at", "_status" FROM \`tools\`;`)
  await db.run(sql`DROP TABLE \`tools\`;`)
  await db.run(sql`ALTER TABLE \`__new_tools\` RENAME TO \`tools\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`tools_name_idx\` ON \`tools\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tools_slug_idx\` ON \`tools\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tools_logo_idx\` ON \`tools\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`tools_updated_at_idx\` ON \`tools\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tools_created_at_idx\` ON \`tools\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tools__status_idx\` ON \`tools\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__tools_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_url\` text,
  	\`version_category\` text,
  	\`version_description\` text,
  	\`version_logo_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__tools_v\`("id", "parent_id", "version_name", "version_slug", "version_url", "version_category", "version_description", "version_logo_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_url", "version_category", "version_description", "version_logo_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_tools_v\`;`)
  await db.run(sql`DROP TABLE \`_tools_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__tools_v\` RENAME TO \`_tools_v\`;`)
  await db.run(sql`CREATE INDEX \`_tools_v_parent_idx\` ON \`_tools_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_name_idx\` ON \`_tools_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_slug_idx\` ON \`_tools_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_logo_idx\` ON \`_tools_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_updated_at_idx\` ON \`_tools_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_created_at_idx\` ON \`_tools_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version__status_idx\` ON \`_tools_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_created_at_idx\` ON \`_tools_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_updated_at_idx\` ON \`_tools_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_latest_idx\` ON \`_tools_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_decision_questions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`guidance\` text,
  	\`recommends_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`recommends_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_decision_questions\`("id", "question", "guidance", "recommends_id", "updated_at", "created_at", "_status") SELECT "id", "question", "guidance", "recommends_id", "updated_at", "created_at", "_status" FROM \`decision_questions\`;`)
  await db.run(sql`DROP TABLE \`decision_questions\`;`)
  await db.run(sql`ALTER TABLE \`__new_decision_questions\` RENAME TO \`decision_questions\`;`)
  await db.run(sql`CREATE INDEX \`decision_questions_recommends_idx\` ON \`decision_questions\` (\`recommends_id\`);`)
  await db.run(sql`CREATE INDEX \`decision_questions_updated_at_idx\` ON \`decision_questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`decision_questions_created_at_idx\` ON \`decision_questions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`decision_questions__status_idx\` ON \`decision_questions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__decision_questions_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_question\` text,
  	\`version_guidance\` text,
  	\`version_recommends_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`decision_questions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_recommends_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__decision_questions_v\`("id", "parent_id", "version_question", "version_guidance", "version_recommends_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_question", "version_guidance", "version_recommends_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_decision_questions_v\`;`)
  await db.run(sql`DROP TABLE \`_decision_questions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__decision_questions_v\` RENAME TO \`_decision_questions_v\`;`)
  await db.run(sql`CREATE INDEX \`_decision_questions_v_parent_idx\` ON \`_decision_questions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_decision_questions_v_version_version_recommends_idx\` ON \`_decision_questions_v\` (\`version_recommends_id\`);`)
  await db.run(sql`CREATE INDEX \`_decision_questions_v_version_version_updated_at_idx\` ON \`_decision_questions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_decision_questions_v_version_version_created_at_idx\` ON \`_decision_questions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_decision_questions_v_version_version__status_idx\` ON \`_decision_questions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_decision_questions_v_created_at_idx\` ON \`_decision_questions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_decision_questions_v_updated_at_idx\` ON \`_decision_questions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_decision_questions_v_latest_idx\` ON \`_decision_questions_v\` (\`latest\`);`)
}
