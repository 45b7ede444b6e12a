using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Content;

namespace Signpost.Web.Features.Editor.Services;

/// <summary>A new service starts as an unpublished row with version 1, so nothing public changes until someone publishes it.</summary>
public sealed class NewModel(ServiceWorkflow workflow, ServiceEditorQueries queries) : PageModel
{
    public ServiceForm Form { get; private set; } = new();
    public ServiceOptions Options { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await queries.ScopeAsync(User, cancellationToken);
        if (scope.SeesNothing)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Form = new ServiceForm { OrganisationId = scope.OrganisationId ?? Guid.Empty, AccessRoutes = [], DeliveryModes = [] };
        Options = await queries.OptionsAsync(scope, Form.OrganisationId, [], cancellationToken);
        if (Form.OrganisationId == Guid.Empty && Options.Organisations.Count > 0)
        {
            Form.OrganisationId = Options.Organisations[0].Id;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? action, CancellationToken cancellationToken)
    {
        var scope = await queries.ScopeAsync(User, cancellationToken);
        if (scope.SeesNothing)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Form = new ServiceForm();
        await TryUpdateModelAsync(Form, "");
        ModelState.Clear();
        Options = await queries.OptionsAsync(scope, Form.OrganisationId, Form.LocationIds, cancellationToken);
        if (action is "add-session" or "add-closure")
        {
            (action == "add-session" ? (Action)(() => Form.Schedules.Add(new ScheduleRow())) : () => Form.Closures.Add(new ClosureRow()))();
            return Page();
        }

        // Options keep the posted organisation for redisplay even when withdrawn; a new service may not be given one.
        var (snapshot, errors) = ServiceFormReader.Read(Form, Options.Organisations.Where(o => o.Status != ContentStatus.Withdrawn).Select(o => o.Id).ToList());
        if (snapshot is not null)
        {
            var created = await workflow.CreateAsync(User, snapshot, Form.Comment, cancellationToken);
            if (this.Refusal(created) is { } refusal)
            {
                return refusal;
            }

            if (created.Succeeded)
            {
                return Redirect($"/editor/services/{created.ServiceId}/edit?done=saved");
            }

            errors = [("Slug", created.Message!)];
        }

        foreach (var (key, message) in errors)
        {
            ModelState.AddModelError(key, message);
        }

        return Page();
    }
}
