-- Career resources whose linked page is only in English, so pages in other languages can say so.
-- Content files set the flag; a stored career takes it when its file's lastReviewed date moves on.
alter table career_resource add column english_only boolean default false not null;

-- Titles and provider names in Spanish, where the catalog gives them (shown, not searched).
alter table training add column title_es varchar(300);
alter table training_provider add column name_es varchar(300);

-- The rest corrects databases that loaded the bundled demo catalog before this version; the demo file
-- itself now says the same, and rows that staff have changed since are left alone.

-- Programs whose format nobody has confirmed were filed as ONLINE: they are UNKNOWN.
update training set delivery_mode = 'UNKNOWN'
where delivery_mode = 'ONLINE'
  and sample = false
  and external_id in ('north-country-care-coordination-certificate', 'hudson-mohawk-ahec-care-coordination',
                      'chw-network-nyc-35-hour', 'chw-network-nyc-70-hour', 'aha-bls', 'opwdd-amap',
                      'opwdd-promote', 'ncsbn-nclex-rn');

-- How to reach the providers of programs that say "contact the college" or "check with the provider".
update training_provider set url = case name
    when 'Jefferson Community College (SUNY)' then 'https://sunyjefferson.edu/'
    when '1199SEIU Training and Employment Funds' then 'https://www.1199seiufunds.org/'
    when 'Hudson Mohawk Area Health Education Center (AHEC)' then 'https://hmahec.org/'
    when 'American Heart Association' then 'https://cpr.heart.org/'
    end
where url is null
  and name in ('Jefferson Community College (SUNY)', '1199SEIU Training and Employment Funds',
               'Hudson Mohawk Area Health Education Center (AHEC)', 'American Heart Association');

-- Spanish titles, and the Spanish label of sample providers.
update training set title_es = case external_id
    when 'jefferson-cc-care-coordination' then 'Programa de coordinación de la atención (sin créditos)'
    when 'north-country-care-coordination-certificate' then 'North Country Care Coordination Certificate (sin créditos)'
    when '1199seiu-tef-care-coordination-fundamentals' then 'Care Coordination Fundamentals (sin créditos)'
    when 'hudson-mohawk-ahec-care-coordination' then 'Capacitación en coordinación de la atención (sin créditos)'
    when 'kingsborough-health-coach-certificate' then 'Certificado de coach de salud (health coach)'
    when 'cans-ny-certification' then 'Certificación CANS-NY'
    when 'sample-capital-care-coord-cert-1' then 'Certificado en coordinación de la atención'
    when 'sample-troy-health-home-care-management' then 'Capacitación en gestión de la atención de Health Home'
    when 'sample-cohoes-motivational-interviewing' then 'Entrevista motivacional para equipos de atención'
    when 'sample-saratoga-dsp-apprenticeship' then 'Aprendizaje registrado de profesional de apoyo directo (DSP)'
    when 'sample-utica-care-coord-case-mgmt-cert' then 'Certificado en coordinación de la atención y gestión de casos'
    when 'sample-plattsburgh-care-coord-cert' then 'Certificado en coordinación de la atención'
    when 'sample-syracuse-care-coord-cert' then 'Certificado en coordinación de la atención'
    end
where title_es is null
  and external_id in ('jefferson-cc-care-coordination', 'north-country-care-coordination-certificate', '1199seiu-tef-care-coordination-fundamentals', 'hudson-mohawk-ahec-care-coordination', 'kingsborough-health-coach-certificate', 'cans-ny-certification', 'sample-capital-care-coord-cert-1', 'sample-troy-health-home-care-management', 'sample-cohoes-motivational-interviewing', 'sample-saratoga-dsp-apprenticeship', 'sample-utica-care-coord-case-mgmt-cert', 'sample-plattsburgh-care-coord-cert', 'sample-syracuse-care-coord-cert');
update training_provider set name_es = replace(name, '(sample)', '(ejemplo)')
where name like '%(sample)' and name_es is null;
update training_provider set name_es = 'Programa North Country Care Coordination Certificate (norte del estado de Nueva York)'
where name = 'North Country Care Coordination Certificate program (northern New York)' and name_es is null;
