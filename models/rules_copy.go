package models

// Rule ids of the copy check (checks/copy.go).
const (
	// RuleCopyCrossSchool: a passage also stands in another school's submission.
	RuleCopyCrossSchool = "copy.cross_school"
	// RuleCopySameSchool: a passage also stands in another submission of the same school.
	RuleCopySameSchool = "copy.same_school"
	// RuleFabricationIdenticalWork: two of the three students' answers are the
	// same beyond the printed form all three share.
	RuleFabricationIdenticalWork = "fabrication.identical_work"
)
