import { expect, test as setup } from '@playwright/test'

import { ADMIN_EMAIL, ADMIN_PASSWORD, ADMIN_STORAGE_STATE } from '../support/admin'

setup('a new user creates the first admin from /admin and is signed in', async ({ page }) => {
  await page.goto('/admin')
  // A fresh install has no users: the admin sends the visitor to the create-first-user screen.
  await expect(page).toHaveURL(/\/admin\/create-first-user/)
  await page.locator('#field-email').fill(ADMIN_EMAIL)
  await page.locator('#field-password').fill(ADMIN_PASSWORD)
  await page.locator('#field-confirm-password').fill(ADMIN_PASSWORD)
  await page.getByRole('button', { name: 'Create' }).click()

  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('link', { name: 'Roles', exact: true }).first()).toBeVisible()

  // The first account is an administrator: it may open the users list.
  await page.goto('/admin/collections/users')
  await expect(page.getByText(ADMIN_EMAIL)).toBeVisible()

  await page.context().storageState({ path: ADMIN_STORAGE_STATE })
})
