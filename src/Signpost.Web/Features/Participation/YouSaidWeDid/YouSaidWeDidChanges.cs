using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Web.Features.Editor.Workflow;
using Signpost.Web.Features.Participation.Moderation;
using Signpost.Web.Infrastructure.Audit;
using Answer = Signpost.Core.Feedback.YouSaidWeDid;

namespace Signpost.Web.Features.Participation.YouSaidWeDid;

/// <summary>Creates, edits, publishes, withdraws and deletes "you said, we did" answers, each audit-logged.</summary>
public sealed class YouSaidWeDidChanges(SignpostDbContext db, IAuditLog audit, TimeProvider clock)
{
    public Task<List<YouSaidWeDidRow>> ListAsync(CancellationToken cancellationToken) =>
        db.YouSaidWeDid.AsNoTracking()
            .OrderBy(y => y.Published).ThenByDescending(y => y.UpdatedAt ?? y.CreatedAt)
            .Select(y => new YouSaidWeDidRow(
                y.Id,
                y.YouSaid,
                db.Services.Where(s => s.Id == y.ServiceId).Select(s => s.Name).FirstOrDefault(),
                db.FeedbackThemes.Where(t => t.Slug == y.ThemeSlug).Select(t => t.Label).FirstOrDefault(),
                y.Published,
                y.PublishedAt,
                y.CreatedAt))
            .ToListAsync(cancellationToken);

    public Task<Answer?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.YouSaidWeDid.AsNoTracking().SingleOrDefaultAsync(y => y.Id == id, cancellationToken);

    public async Task<Guid> CreateAsync(ClaimsPrincipal user, YouSaidWeDidInput input, CancellationToken cancellationToken)
    {
        var answer = new Answer
        {
            Id = Guid.NewGuid(),
            YouSaid = input.YouSaid!,
            WeDid = input.WeDid!,
            ServiceId = input.ServiceId,
            ThemeSlug = input.ThemeSlug,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedById = EditorUser.Id(user),
        };
        db.YouSaidWeDid.Add(answer);
        await db.SaveChangesAsync(cancellationToken);
        await RecordAsync(answer.Id, "Created (not published).", cancellationToken);
        return answer.Id;
    }

    public Task<bool> UpdateAsync(Guid id, YouSaidWeDidInput input, CancellationToken cancellationToken) =>
        ChangeAsync(id, "Edited.", answer =>
        {
            answer.YouSaid = input.YouSaid!;
            answer.WeDid = input.WeDid!;
            answer.ServiceId = input.ServiceId;
            answer.ThemeSlug = input.ThemeSlug;
        }, cancellationToken);

    public Task<bool> PublishAsync(Guid id, bool publish, CancellationToken cancellationToken) =>
        ChangeAsync(id, publish ? "Published." : "Unpublished.", answer =>
        {
            answer.Published = publish;
            answer.PublishedAt = publish ? clock.GetUtcNow().UtcDateTime : answer.PublishedAt;
        }, cancellationToken);

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.YouSaidWeDid.SingleOrDefaultAsync(y => y.Id == id, cancellationToken) is not { } answer)
        {
            return false;
        }

        db.YouSaidWeDid.Remove(answer);
        await db.SaveChangesAsync(cancellationToken);
        await RecordAsync(id, "Deleted.", cancellationToken);
        return true;
    }

    private async Task<bool> ChangeAsync(Guid id, string note, Action<Answer> change, CancellationToken cancellationToken)
    {
        if (await db.YouSaidWeDid.SingleOrDefaultAsync(y => y.Id == id, cancellationToken) is not { } answer)
        {
            return false;
        }

        change(answer);
        answer.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await RecordAsync(id, note, cancellationToken);
        return true;
    }

    private Task RecordAsync(Guid id, string note, CancellationToken cancellationToken) =>
        audit.RecordAsync(FeedbackAuditActions.YouSaidWeDidChanged, $"you-said-we-did:{id}", note, cancellationToken);
}
