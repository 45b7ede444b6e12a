using Signpost.Core.Content;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Data;
using Signpost.Web.Features.Editor.Preview;
using Signpost.Web.Features.Pages;
using Page = Signpost.Core.Content.Page;

namespace Signpost.Web.Features.Editor.Pages;

/// <summary>A version rendered with the public page's own markup: the snapshot becomes an unsaved page, never attached to the store.</summary>
public sealed class PreviewModel(SignpostDbContext db, PageWorkflow workflow) : PreviewPageBase<Page, PageSnapshot>(workflow)
{
    public PageContentView View { get; private set; } = null!;

    protected override async Task ShowAsync(Page item, PageSnapshot snapshot, CancellationToken cancellationToken)
    {
        var draft = new Page { Id = item.Id, Path = "", Title = "", Status = ContentStatus.Published };
        snapshot.ApplyTo(draft);
        View = await PageContentView.ForAsync(db, draft, cancellationToken);
    }
}
