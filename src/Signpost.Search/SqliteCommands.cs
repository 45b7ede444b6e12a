using Microsoft.Data.Sqlite;

namespace Signpost.Search;

/// <summary>Commands made once per connection with their parameters declared, then reused with new values.</summary>
internal static class SqliteCommands
{
    public static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }
}
