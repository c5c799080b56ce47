import { WorkspaceMenu } from '../backup';
import { ExportButton, ImportButton, RecheckButton } from '../import-export';
import { ProjectSwitcher } from './ProjectSwitcher';
import { ResetDemoButton } from './ResetDemoButton';

/** App header: product name, open project, Import, Export, Reset demo data. */
export function Header() {
  return (
    <header className="app-header">
      <h1 className="brand">
        duizhao <span lang="zh-Hans">对照</span>
      </h1>
      <ProjectSwitcher />
      <div className="header-actions">
        <ImportButton />
        <ExportButton />
        <RecheckButton />
        <ResetDemoButton />
        <WorkspaceMenu />
      </div>
    </header>
  );
}
