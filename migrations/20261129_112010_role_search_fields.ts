import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`roles\` ADD \`alternatives_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`roles\` ADD \`alternatives_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_roles_v\` ADD \`version_alternatives_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_roles_v\` ADD \`version_alternatives_meta_description\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`roles\` DROP COLUMN \`alternatives_meta_title\`;`)
  await db.run(sql`ALTER TABLE \`roles\` DROP COLUMN \`alternatives_meta_description\`;`)
  await db.run(sql`ALTER TABLE \`_roles_v\` DROP COLUMN \`version_alternatives_meta_title\`;`)
  await db.run(sql`ALTER TABLE \`_roles_v\` DROP COLUMN \`version_alternatives_meta_description\`;`)
}
