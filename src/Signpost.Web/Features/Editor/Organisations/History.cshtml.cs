using Signpost.Core.Content;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Features.Editor.Workflow;

namespace Signpost.Web.Features.Editor.Organisations;

public sealed class HistoryModel(OrganisationWorkflow workflow) : HistoryPageBase<Organisation, OrganisationSnapshot>(workflow);
