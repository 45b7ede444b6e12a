using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Workflow;

namespace Signpost.Web.Features.Editor.Pages;

public sealed class NewModel(PageWorkflow workflow, PageEditorQueries queries) : PageModel
{
    public PageForm Form { get; private set; } = new();
    public IReadOnlyList<PageParent> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? parent, CancellationToken cancellationToken)
    {
        if (!await MayCreateAsync())
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Form = new PageForm { ParentPath = parent, SortOrder = "0" };
        Parents = await queries.ParentsAsync(null, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await TryUpdateModelAsync(Form, "");
        ModelState.Clear();
        Parents = await queries.ParentsAsync(null, cancellationToken);
        var (snapshot, errors) = PageFormReader.Read(Form, Parents.Select(p => p.Path).ToList());
        if (snapshot is null)
        {
            // Refused people get the 403 even with a broken form, so nothing about the tree leaks to them.
            if (!await MayCreateAsync())
            {
                return StatusCode(StatusCodes.Status403Forbidden);
            }

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

        return Redirect($"/editor/pages/{created.Id}/edit?done=saved");
    }

    private Task<bool> MayCreateAsync() => workflow.AllowsAnyAsync(User, ContentOperations.Edit);
}
