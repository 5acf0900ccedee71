/**
 * INVENTED SAMPLE: the text of ombudsman-statistics-sample.csv (kept equal by a test), loaded into the demo data
 * so benchmarking has something to show. Not the Ombudsman's figures: every council and number is made up.
 */
export const OMBUDSMAN_SAMPLE_CSV = `# INVENTED SAMPLE DATA - NOT PUBLISHED BY THE OMBUDSMAN. Made up by Complaints Insight to show the import and the comparison; every council name and figure below is fictitious. Replace it with the Ombudsman's published per-council statistics.
council,financial_year,complaints_received,decided,upheld,upheld_rate,compliance_with_recommendations,satisfactory_remedy_before_ombudsman
Demo City Council,2024/25,61,58,14,70.0,100,2
Demo City Council,2025/26,66,63,16,72.7,100,3
Northshire County Council (invented),2024/25,88,84,21,75.0,100,4
Northshire County Council (invented),2025/26,92,90,24,77.4,96,3
Eastport Borough Council (invented),2024/25,47,45,9,64.3,100,2
Eastport Borough Council (invented),2025/26,52,50,12,66.7,100,1
Westvale City Council (invented),2024/25,73,70,18,78.3,100,2
Westvale City Council (invented),2025/26,70,69,15,71.4,100,4
Southmere Unitary Council (invented),2024/25,39,38,7,58.3,100,1
Southmere Unitary Council (invented),2025/26,44,41,10,66.7,91,2
`;

/** The demo council's name in the sample, and the comparators the demo chooses. */
export const SAMPLE_SELF_COUNCIL = 'Demo City Council';
