using Signpost.Core.Content;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Features.Editor.Workflow;

namespace Signpost.Web.Features.Editor.Locations;

public sealed class HistoryModel(LocationWorkflow workflow) : HistoryPageBase<Location, LocationSnapshot>(workflow);
