using Signpost.Core.Feedback;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>Words a person agreed to have quoted and an officer approved, with only what a reader needs for context.</summary>
public sealed record ApprovedQuote(string Text, string? ServiceName, string? AgeBand, RespondentType Respondent, DateTime SubmittedAt);
