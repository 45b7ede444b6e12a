using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Features.Editor.Workflow;

namespace Signpost.Web.Features.Editor.Locations;

/// <summary>A new venue: managers, and editors for their own organisation (it then goes through review unless trusted).</summary>
public sealed class NewModel(LocationWorkflow workflow, LocationQueries queries) : PageModel
{
    public LocationForm Form { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await workflow.MayCreateAsync(User, cancellationToken) ? Page() : StatusCode(StatusCodes.Status403Forbidden);

    public async Task<IActionResult> OnPostAsync(string? action, CancellationToken cancellationToken)
    {
        if (!await workflow.MayCreateAsync(User, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await TryUpdateModelAsync(Form, "");
        ModelState.Clear();
        var (snapshot, errors) = await LocationFormReader.ReadAsync(Form, currentSlug: null, queries.LookUpAsync, cancellationToken);
        if (snapshot is null)
        {
            errors.ForEach(e => ModelState.AddModelError(e.Key, e.Message));
            return Page();
        }

        var created = await workflow.CreateAsync(User, snapshot, Form.Comment, cancellationToken);
        if (this.Refusal(created) is { } refused)
        {
            return refused;
        }

        if (!created.Succeeded)
        {
            ModelState.AddModelError(created.Field ?? "", created.Message!);
            return Page();
        }

        var next = action == "submit" ? await workflow.SubmitAsync(User, created.Id, cancellationToken) : created;
        return this.Refusal(next) ?? Redirect($"/editor/locations/{created.Id}/edit?done={(action == "submit" ? "submitted" : "saved")}");
    }
}
