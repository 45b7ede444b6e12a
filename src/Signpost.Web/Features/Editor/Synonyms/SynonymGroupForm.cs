using Microsoft.EntityFrameworkCore;
using Signpost.Data;

namespace Signpost.Web.Features.Editor.Synonyms;

/// <summary>The checks the add and edit pages share before they save a group.</summary>
public static class SynonymGroupForm
{
    /// <summary>
    /// The terms to save, or the form to show again: with errors, or with a warning about terms other
    /// groups list, until the editor ticks "save anyway".
    /// </summary>
    public static async Task<(IReadOnlyList<string>? Terms, SynonymFormView Form)> CheckAsync(
        SignpostDbContext db, SynonymInput input, Guid? editingId, CancellationToken cancellationToken)
    {
        var parsed = SynonymRules.Parse(input.Terms);
        if (parsed.Errors.Count > 0)
        {
            return (null, new SynonymFormView(input, parsed.Errors, []));
        }

        var others = await db.SynonymGroups.AsNoTracking().Where(g => g.Id != editingId).ToListAsync(cancellationToken);
        var overlaps = SynonymRules.Overlaps(parsed.Terms, others.Select(g => (g.Id, (IReadOnlyList<string>)g.Terms)));
        if (overlaps.Count > 0 && !input.SaveAnyway)
        {
            return (null, new SynonymFormView(input, [], overlaps));
        }

        return (parsed.Terms, SynonymFormView.Blank(input));
    }
}
