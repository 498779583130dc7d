import { expect, test as setup } from '@playwright/test'

import { ADMIN_EMAIL, ADMIN_PASSWORD, ADMIN_STORAGE_STATE, E2E_SETUP_CODE } from '../support/admin'

setup('the first admin is created from /admin with the setup code from the server log, and is signed in', async ({ page }) => {
  await page.goto('/admin')
  // A fresh install has no users: the admin sends the visitor to the create-first-user screen.
  await expect(page).toHaveURL(/\/admin\/create-first-user/)
  const setupCode = page.locator('#field-setupCode')
  await expect(setupCode).toBeVisible()
  // No choice of role to mislead: the first account always becomes an administrator.
  await expect(page.locator('#field-userRole')).toHaveCount(0)
  const fillForm = async (code: string) => {
    await page.locator('#field-email').fill(ADMIN_EMAIL)
    await page.locator('#field-password').fill(ADMIN_PASSWORD)
    await page.locator('#field-confirm-password').fill(ADMIN_PASSWORD)
    await setupCode.fill(code)
  }

  await setup.step('a wrong setup code is refused, naming its field, and nobody is created', async () => {
    await fillForm('AAAA-AAAA')
    // The server's answer, then the field's message: a cold server can take longer than a UI check waits.
    const refused = page.waitForResponse(
      (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/users/first-register',
    )
    await page.getByRole('button', { name: 'Create' }).click()
    const response = await refused
    expect(response.status()).toBe(400)
    // The answer names the field and says why, which the admin shows on the field once it has rebuilt
    // its form state: a loaded CI machine has taken over 30 s to do that, so the check is on the answer.
    const { errors } = (await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
    expect(errors[0]?.data?.errors).toEqual([
      { path: 'setupCode', message: 'This is not the setup code the server printed in its log.', label: 'Setup code' },
    ])
    await expect(page).toHaveURL(/\/admin\/create-first-user/)
  })

  // A fresh form: the admin keeps a field's server error until the form state is rebuilt, and a
  // click right after typing can land before that, so the retry starts from a reloaded page.
  await page.reload()
  await fillForm(E2E_SETUP_CODE)
  await page.getByRole('button', { name: 'Create' }).click()

  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('link', { name: 'Roles', exact: true }).first()).toBeVisible()

  // The first account is an administrator: it may open the users list.
  await page.goto('/admin/collections/users')
  await expect(page.getByText(ADMIN_EMAIL)).toBeVisible()

  await page.context().storageState({ path: ADMIN_STORAGE_STATE })
})
