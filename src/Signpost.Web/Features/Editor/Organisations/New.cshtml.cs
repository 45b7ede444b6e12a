using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Features.Editor.Workflow;

namespace Signpost.Web.Features.Editor.Organisations;

/// <summary>A new organisation: managers only (nobody owns it yet). Saved as a draft version; trust is granted on its edit page.</summary>
public sealed class NewModel(OrganisationWorkflow workflow) : PageModel
{
    public OrganisationForm Form { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync() =>
        await workflow.MayCreateAsync(User) ? Page() : StatusCode(StatusCodes.Status403Forbidden);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await workflow.MayCreateAsync(User))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await TryUpdateModelAsync(Form, "");
        ModelState.Clear();
        var (snapshot, errors) = OrganisationFormReader.Read(Form, currentSlug: null);
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

        return Redirect($"/editor/organisations/{created.Id}/edit?done=saved");
    }
}
