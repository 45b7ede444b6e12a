using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Feedback;
using Signpost.Data;
using Signpost.Web.Features.Participation.Moderation;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Editor.SafeguardingPhrases;

/// <summary>
/// The risk phrases free text is screened against. Directory managers and administrators keep the
/// list ("editable by managers"); participation officers may read it, so they know what is flagged.
/// It lives under /Editor, not /Participation, because that folder's policy leaves managers out.
/// </summary>
[Authorize(Roles = Roles.Administrator + "," + Roles.DirectoryManager + "," + Roles.ParticipationOfficer)]
public sealed class SafeguardingPhrasesModel(SignpostDbContext db, IAuditLog audit) : PageModel
{
    public const int MaxPhraseLength = 100;
    public const int MaxCategoryLength = 40;

    [BindProperty(Name = "phrase")]
    public string? NewPhrase { get; set; }

    [BindProperty(Name = "category")]
    public string? NewCategory { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public IReadOnlyList<SafeguardingPhrase> Phrases { get; private set; } = [];

    public bool MayEdit => User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.DirectoryManager);

    public string? DoneMessage => Done switch
    {
        "added" => "Phrase added",
        "removed" => "Phrase removed",
        _ => null,
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (!MayEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var phrase = Normalise(NewPhrase);
        var category = Normalise(NewCategory)?.ToLowerInvariant().Replace(' ', '-');
        if (phrase is null)
        {
            ModelState.AddModelError("phrase", "Enter a phrase");
        }
        else if (phrase.Length > MaxPhraseLength)
        {
            ModelState.AddModelError("phrase", $"The phrase must be {MaxPhraseLength} characters or fewer");
        }
        else if (await db.SafeguardingPhrases.AnyAsync(p => p.Phrase.ToLower() == phrase.ToLower(), cancellationToken))
        {
            ModelState.AddModelError("phrase", "That phrase is already on the list");
        }

        if (category is null)
        {
            ModelState.AddModelError("category", "Enter a category, for example self-harm");
        }
        else if (category.Length > MaxCategoryLength)
        {
            ModelState.AddModelError("category", $"The category must be {MaxCategoryLength} characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        db.SafeguardingPhrases.Add(new SafeguardingPhrase { Phrase = phrase!, Category = category! });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(FeedbackAuditActions.SafeguardingPhrasesChanged, "safeguarding-phrases", $"Added \"{phrase}\" ({category})", cancellationToken);
        return Redirect("/editor/participation/safeguarding-phrases?done=added");
    }

    public async Task<IActionResult> OnPostRemoveAsync([FromForm] int id, CancellationToken cancellationToken)
    {
        if (!MayEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await db.SafeguardingPhrases.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } phrase)
        {
            return NotFound();
        }

        db.SafeguardingPhrases.Remove(phrase);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(FeedbackAuditActions.SafeguardingPhrasesChanged, "safeguarding-phrases", $"Removed \"{phrase.Phrase}\" ({phrase.Category})", cancellationToken);
        return Redirect("/editor/participation/safeguarding-phrases?done=removed");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Phrases = await db.SafeguardingPhrases.AsNoTracking().OrderBy(p => p.Category).ThenBy(p => p.Phrase).ToListAsync(cancellationToken);

    private static string? Normalise(string? text)
    {
        var words = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return words.Length == 0 ? null : words;
    }
}
