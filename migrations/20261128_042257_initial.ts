import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`roles_best_for\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`roles_best_for_order_idx\` ON \`roles_best_for\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`roles_best_for_parent_id_idx\` ON \`roles_best_for\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`roles_alternatives_best_for\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`roles_alternatives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`roles_alternatives_best_for_order_idx\` ON \`roles_alternatives_best_for\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`roles_alternatives_best_for_parent_id_idx\` ON \`roles_alternatives_best_for\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`roles_alternatives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`role_id\` text(36),
  	\`pitch\` text,
  	\`adjacency\` text,
  	\`learn_more_tool_id\` text(36),
  	\`learn_more_label\` text,
  	FOREIGN KEY (\`role_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`learn_more_tool_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`roles_alternatives_order_idx\` ON \`roles_alternatives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`roles_alternatives_parent_id_idx\` ON \`roles_alternatives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`roles_alternatives_role_idx\` ON \`roles_alternatives\` (\`role_id\`);`)
  await db.run(sql`CREATE INDEX \`roles_alternatives_learn_more_learn_more_tool_idx\` ON \`roles_alternatives\` (\`learn_more_tool_id\`);`)
  await db.run(sql`CREATE TABLE \`roles\` (
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
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`learn_more_tool_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`roles_learn_more_learn_more_tool_idx\` ON \`roles\` (\`learn_more_tool_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`roles_slug_idx\` ON \`roles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`roles_updated_at_idx\` ON \`roles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`roles_created_at_idx\` ON \`roles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`roles__status_idx\` ON \`roles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`roles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`tools_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`roles_rels_order_idx\` ON \`roles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`roles_rels_parent_idx\` ON \`roles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`roles_rels_path_idx\` ON \`roles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`roles_rels_tools_id_idx\` ON \`roles_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE TABLE \`_roles_v_version_best_for\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_roles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_roles_v_version_best_for_order_idx\` ON \`_roles_v_version_best_for\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_best_for_parent_id_idx\` ON \`_roles_v_version_best_for\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_roles_v_version_alternatives_best_for\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_roles_v_version_alternatives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_roles_v_version_alternatives_best_for_order_idx\` ON \`_roles_v_version_alternatives_best_for\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_alternatives_best_for_parent_id_idx\` ON \`_roles_v_version_alternatives_best_for\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_roles_v_version_alternatives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`role_id\` text(36),
  	\`pitch\` text,
  	\`adjacency\` text,
  	\`learn_more_tool_id\` text(36),
  	\`learn_more_label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`role_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`learn_more_tool_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_roles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_roles_v_version_alternatives_order_idx\` ON \`_roles_v_version_alternatives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_alternatives_parent_id_idx\` ON \`_roles_v_version_alternatives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_alternatives_role_idx\` ON \`_roles_v_version_alternatives\` (\`role_id\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_alternatives_learn_more_learn_more_tool_idx\` ON \`_roles_v_version_alternatives\` (\`learn_more_tool_id\`);`)
  await db.run(sql`CREATE TABLE \`_roles_v\` (
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
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_learn_more_tool_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_roles_v_parent_idx\` ON \`_roles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_learn_more_version_learn_more_tool_idx\` ON \`_roles_v\` (\`version_learn_more_tool_id\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_version_slug_idx\` ON \`_roles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_version_updated_at_idx\` ON \`_roles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_version_created_at_idx\` ON \`_roles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_version__status_idx\` ON \`_roles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_created_at_idx\` ON \`_roles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_updated_at_idx\` ON \`_roles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_latest_idx\` ON \`_roles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_roles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`tools_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_roles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_roles_v_rels_order_idx\` ON \`_roles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_rels_parent_idx\` ON \`_roles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_rels_path_idx\` ON \`_roles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_rels_tools_id_idx\` ON \`_roles_v_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE TABLE \`tools\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`tools_name_idx\` ON \`tools\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tools_slug_idx\` ON \`tools\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tools_logo_idx\` ON \`tools\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`tools_updated_at_idx\` ON \`tools\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tools_created_at_idx\` ON \`tools\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tools__status_idx\` ON \`tools\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_tools_v\` (
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
  await db.run(sql`CREATE TABLE \`decision_questions\` (
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
  await db.run(sql`CREATE INDEX \`decision_questions_recommends_idx\` ON \`decision_questions\` (\`recommends_id\`);`)
  await db.run(sql`CREATE INDEX \`decision_questions_updated_at_idx\` ON \`decision_questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`decision_questions_created_at_idx\` ON \`decision_questions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`decision_questions__status_idx\` ON \`decision_questions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`decision_questions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`roles_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`decision_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`roles_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`decision_questions_rels_order_idx\` ON \`decision_questions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`decision_questions_rels_parent_idx\` ON \`decision_questions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`decision_questions_rels_path_idx\` ON \`decision_questions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`decision_questions_rels_roles_id_idx\` ON \`decision_questions_rels\` (\`roles_id\`);`)
  await db.run(sql`CREATE TABLE \`_decision_questions_v\` (
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
  await db.run(sql`CREATE INDEX \`_decision_questions_v_parent_idx\` ON \`_decision_questions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_decision_questions_v_version_version_recommends_idx\` ON \`_decision_questions_v\` (\`version_recommends_id\`);`)
  await db.run(sql`CREATE INDEX \`_decision_questions_v_version_version_updated_at_idx\` ON \`_decision_questions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_decision_questions_v_version_version_created_at_idx\` ON \`_decision_questions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_decision_questions_v_version_version__status_idx\` ON \`_decision_questions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_decision_questions_v_created_at_idx\` ON \`_decision_questions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_decision_questions_v_updated_at_idx\` ON \`_decision_questions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_decision_questions_v_latest_idx\` ON \`_decision_questions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_decision_questions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`roles_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_decision_questions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`roles_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_decision_questions_v_rels_order_idx\` ON \`_decision_questions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_decision_questions_v_rels_parent_idx\` ON \`_decision_questions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_decision_questions_v_rels_path_idx\` ON \`_decision_questions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_decision_questions_v_rels_roles_id_idx\` ON \`_decision_questions_v_rels\` (\`roles_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`user_role\` text DEFAULT 'editor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`roles_id\` text(36),
  	\`tools_id\` text(36),
  	\`decision_questions_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`roles_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`decision_questions_id\`) REFERENCES \`decision_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_roles_id_idx\` ON \`payload_locked_documents_rels\` (\`roles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tools_id_idx\` ON \`payload_locked_documents_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_decision_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`decision_questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`roles_best_for\`;`)
  await db.run(sql`DROP TABLE \`roles_alternatives_best_for\`;`)
  await db.run(sql`DROP TABLE \`roles_alternatives\`;`)
  await db.run(sql`DROP TABLE \`roles\`;`)
  await db.run(sql`DROP TABLE \`roles_rels\`;`)
  await db.run(sql`DROP TABLE \`_roles_v_version_best_for\`;`)
  await db.run(sql`DROP TABLE \`_roles_v_version_alternatives_best_for\`;`)
  await db.run(sql`DROP TABLE \`_roles_v_version_alternatives\`;`)
  await db.run(sql`DROP TABLE \`_roles_v\`;`)
  await db.run(sql`DROP TABLE \`_roles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`tools\`;`)
  await db.run(sql`DROP TABLE \`_tools_v\`;`)
  await db.run(sql`DROP TABLE \`decision_questions\`;`)
  await db.run(sql`DROP TABLE \`decision_questions_rels\`;`)
  await db.run(sql`DROP TABLE \`_decision_questions_v\`;`)
  await db.run(sql`DROP TABLE \`_decision_questions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
