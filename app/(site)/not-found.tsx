import { NotFoundMessage } from '@/components/site/NotFoundMessage'
import { PageContainer } from '@/components/site/PageContainer'

export default function SiteNotFound() {
  return (
    <PageContainer>
      <NotFoundMessage />
    </PageContainer>
  )
}
