namespace Signpost.Search;

/// <summary>A weekly session in UK local time. <see cref="Closes"/> null means open until midnight.</summary>
public sealed record SearchSession(DayOfWeek Day, TimeOnly Opens, TimeOnly? Closes, DateOnly? ValidFrom, DateOnly? ValidTo);
