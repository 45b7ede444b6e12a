using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Content;

namespace Signpost.Web.Tests.Editor.Services;

/// <summary>The back office's service list finds a name however it is typed, on SQLite (LIKE) and PostgreSQL (ILIKE) alike.</summary>
public sealed class ServiceListSearchTests(SignpostWebFactory factory) : IClassFixture<SignpostWebFactory>
{
    [Fact]
    public async Task Searching_the_list_by_name_ignores_case()
    {
        var (scope, db) = factory.OpenStore();
        Service service;
        await using (scope)
        {
            service = await db.Services.AsNoTracking().OrderBy(s => s.Slug).FirstAsync(s => s.Organisation.Slug == EditorAccounts.DefaultEditorOrganisation);
        }

        var editor = await EditorAccounts.SignedInClientAsync(factory, Roles.Editor);

        foreach (var typed in new[] { service.Name.ToUpperInvariant(), service.Name.ToLowerInvariant() })
        {
            var list = await HtmlPage.GetAsync(editor, "/editor/services?q=" + Uri.EscapeDataString(typed));
            Assert.NotNull(list.Document.GetElementById($"select-{service.Id}"));
        }

        var none = await HtmlPage.GetAsync(editor, "/editor/services?q=zzqxj-no-such-service");
        Assert.Null(none.Document.GetElementById($"select-{service.Id}"));
    }
}
