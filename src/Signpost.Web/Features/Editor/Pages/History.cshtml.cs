using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Features.Editor.Workflow;
using Page = Signpost.Core.Content.Page;

namespace Signpost.Web.Features.Editor.Pages;

public sealed class HistoryModel(PageWorkflow workflow) : HistoryPageBase<Page, PageSnapshot>(workflow);
