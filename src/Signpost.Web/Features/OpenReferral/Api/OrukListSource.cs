using System.Text.Json.Nodes;

namespace Signpost.Web.Features.OpenReferral.Api;

/// <summary>What a list endpoint matched, in order: its count, and a way to read any slice of it as feed items.</summary>
public sealed record OrukListSource(int Total, Func<int, int, CancellationToken, Task<IReadOnlyList<JsonObject>>> ReadAsync)
{
    public static OrukListSource Of<T>(IReadOnlyList<T> rows, Func<IReadOnlyList<T>, CancellationToken, Task<IReadOnlyList<JsonObject>>> read) =>
        new(rows.Count, (skip, take, cancellationToken) => read(rows.Skip(skip).Take(take).ToList(), cancellationToken));
}
