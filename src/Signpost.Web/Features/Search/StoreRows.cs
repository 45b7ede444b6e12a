using System.Data.Common;

namespace Signpost.Web.Features.Search;

/// <summary>
/// Rows read straight from the store's connection, converted the way EF's mappings store them (enums as names,
/// dates and times as the provider gives them). EF materialisation cost more than the read itself at
/// 50,000 services, and the index needs only a few columns.
/// </summary>
internal static class StoreRows
{
    public static async Task<List<T>> ReadAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> row, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await ReadAsync(command, row, cancellationToken);
    }

    public static async Task<List<T>> ReadAsync<T>(DbCommand command, Func<DbDataReader, T> row, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    public static Guid? NullableGuid(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetGuid(ordinal);

    public static int? NullableInt(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static T? Nullable<T>(DbDataReader reader, int ordinal)
        where T : struct => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);

    /// <summary>An enum column EF stores by name (HasConversion&lt;string&gt;).</summary>
    public static TEnum Named<TEnum>(DbDataReader reader, int ordinal)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(reader.GetString(ordinal));
}
