import type { DecisionQuestion, Role, Tool } from '@/payload-types'

import { pathsShowingQuestion, pathsShowingRole, pathsShowingTool } from '../../lib/affectedPaths'
import { revalidatePublicPages } from './revalidatePublicPages'

export const revalidateRolePages = revalidatePublicPages<Role>('roles', pathsShowingRole)
export const revalidateToolPages = revalidatePublicPages<Tool>('tools', pathsShowingTool)
export const revalidateQuestionPages = revalidatePublicPages<DecisionQuestion>('decision-questions', pathsShowingQuestion)
