namespace Signpost.Core.Feedback;

public enum RespondentType
{
    YoungPerson,
    ParentCarer,
    Professional,
}
